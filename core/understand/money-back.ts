// The money coming back, however it is put (钱啥时候能回来, 钱几天能到, 钱打回来要等几天, 钱是按什么途径还给我,
// 钱大概哪天能回到我卡上): a refund reaching the customer, read as 退款…到账 with what is asked of it in
// between, so that it meets the knowledge's 退款多久到账 whatever words it was said in.
//
// Only 钱 followed closely, within one clause, by its coming back; not when something else brings it
// back (少给的钱能补回来吗 is compensation, 把钱拿回来 or 钱要回来 a return asked for, 钱包找回来了 a wallet).

const MONEY_BACK = /钱(?!包|要回来)([^\s,.!?;补赔找付拿]{0,6}?)(?:回来|退给我|还给我|打回来|回到|能到)/gu;

const MAY_HOLD = /钱/u;

/** The text with the money coming back read as 退款…到账. */
export function readMoneyBack(text: string): string {
  return MAY_HOLD.test(text) ? text.replace(MONEY_BACK, '退款$1到账') : text;
}
