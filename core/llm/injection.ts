// Prompt injection in a customer's message: "ignore your rules", "print your prompt", "I am the owner",
// "approve my refund", "developer mode". A message that tries it never reaches the LLM: the turn is
// answered offline, exactly as without an LLM, and the attempt is logged. The patterns look for the
// shape of an instruction to the bot, not for topics: "怎么退款" and "退款通过了吗" are questions a
// customer may ask and are left alone.

export type InjectionKind = 'ignore_rules' | 'reveal_prompt' | 'impersonation' | 'approve_action' | 'jailbreak';

export interface Injection {
  kind: InjectionKind;
  /** The words that matched, for the log. */
  evidence: string;
}

const patterns: { kind: InjectionKind; regex: RegExp }[] = [
  // Ignore / forget / override the rules.
  {
    kind: 'ignore_rules',
    regex:
      /\b(?:ignore|disregard|forget|override|bypass|skip)\b[\w\s,']{0,30}?\b(?:instructions?|rules?|prompts?|guidelines?|directions?|policy|policies|constraints?|restrictions?)\b/iu,
  },
  // 忽略之前的指令, 无视你的规则, 忘掉所有设定; a qualifier is required so 我忘了说要求 is not one.
  {
    kind: 'ignore_rules',
    regex:
      /(?:忽略|无视|忘记|忘掉|忘了|不要管|别管|不用管|抛开|绕过|违反)[^。！？!?\n]{0,6}?(?:之前|以前|上面|前面|所有|全部|以上|先前|原来|你的|你们的|系统)[^。！？!?\n]{0,4}?(?:指令|指示|规则|设定|提示|命令|限制|约束|规定|人设)/u,
  },
  { kind: 'ignore_rules', regex: /(?:忽略|无视|绕过)(?:掉)?(?:指令|规则|设定|限制|人设)/u },
  { kind: 'ignore_rules', regex: /(?:new|updated) instructions?:|从现在(?:开始|起)[，,\s]*你(?:要|必须|只能|就是|是)|以后你(?:都)?(?:要|必须|只能)听我的|你必须听我的/iu },
  // Reveal the prompt.
  {
    kind: 'reveal_prompt',
    regex:
      /\b(?:print|show|reveal|repeat|output|display|dump|tell me|give me|share|what(?:'s| is| are))\b[\w\s']{0,20}?\b(?:system prompt|prompt|(?:initial|original|hidden|system) (?:instructions?|message)|your (?:instructions?|rules?))\b/iu,
  },
  { kind: 'reveal_prompt', regex: /system\s*prompt|系统提示词|提示词|预设指令|初始指令|原始指令|隐藏指令/iu },
  {
    kind: 'reveal_prompt',
    regex: /(?:发|给|告诉|输出|打印|显示|重复|泄露|说出|贴出|复述|念)[^。！？!?\n]{0,8}?(?:你的|你们的)?(?:系统提示|指令|设定|人设|规则原文|prompt)/iu,
  },
  // Claim to be someone with authority, or tell the bot to be someone else.
  { kind: 'impersonation', regex: /我(?:就)?是(?:你们?的?|这家店的|本店的?)?(?:老板|店主|掌柜|管理员|开发者|开发人员|程序员|客服主管|店长|运营|超级用户|admin)/iu },
  {
    kind: 'impersonation',
    regex: /\b(?:i am|i'm|this is)\s+(?:the\s+|your\s+)?(?:shop\s+|store\s+)?(?:owner|admin|administrator|developer|boss|manager|operator|root)\b/iu,
  },
  { kind: 'impersonation', regex: /\b(?:act as|pretend (?:to be|you are)|you are now|roleplay as|role-play as)\b/iu },
  { kind: 'impersonation', regex: /扮演|假装(?:你是|成为?|是)|把你自己当成|你现在(?:扮演|的身份是)|现在起你是/u },
  // Order the bot to approve something only a person decides.
  {
    kind: 'approve_action',
    regex: /\b(?:approve|authori[sz]e|grant)\b\s+(?:my|the|this|a|me a)?\s*(?:full\s+)?(?:refund|compensation|chargeback|payout)\b/iu,
  },
  { kind: 'approve_action', regex: /(?:给我|帮我|你)(?:把)?(?:的)?(?:退款|赔偿|补偿|返现)(?:申请)?(?:直接)?(?:通过|批准|审核通过|审批)(?![了没吗呢])/u },
  { kind: 'approve_action', regex: /(?:批准|通过|审批)(?:我的|这个|这笔)(?:退款|赔偿|补偿)|(?:你有权|你可以)(?:直接)?(?:批准|通过)(?:退款|赔偿)/u },
  // Known jailbreak words and chat-template tokens.
  { kind: 'jailbreak', regex: /developer mode|jailbreak|do anything now|开发者模式|越狱|上帝模式|调试模式|管理员模式/iu },
  { kind: 'jailbreak', regex: /\bDAN\b/u },
  { kind: 'jailbreak', regex: /<\|im_start\|>|<\|im_end\|>|\[INST\]|<<SYS>>|^\s*(?:system|assistant)\s*:/imu },
];

export function detectInjection(text: string): Injection | null {
  for (const { kind, regex } of patterns) {
    const m = regex.exec(text);
    if (m) return { kind, evidence: m[0].slice(0, 40) };
  }
  return null;
}
