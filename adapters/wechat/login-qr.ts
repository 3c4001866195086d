// The WeChat login QR code, drawn in the terminal for the shop owner to scan with the phone, plus a link
// that renders it as an image for terminals (or log viewers) that cannot show it.
import QRCode from 'qrcode';

export async function renderLoginQr(qrcode: string): Promise<string> {
  const drawing = await QRCode.toString(qrcode, { type: 'terminal', small: true });
  const link = `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`;
  return `${drawing}\n扫码登录微信 / Scan with WeChat to log in: ${link}\n`;
}
