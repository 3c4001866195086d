// Where a ticket's card was posted (`feishu-card:<ticket>`), in a file of its own so the retention job can
// name the key without loading the Feishu SDK.
export const cardLocationKey = (ticketId: string) => `feishu-card:${ticketId}`;
