// Replies go out with parse_mode HTML (it lets an agent's label be bold). In that mode only &, < and >
// are special; anything else from the knowledge or an agent is shown as written.

export function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
