import QRCode from 'qrcode';

/** The link a QR code carries: the survey's public link, marked so its answers count as the QR channel. */
export const qrLinkOf = (publicUrl: string) => `${publicUrl}?ch=qr`;

/**
 * A QR code for a link, as SVG (for print, scales without loss) or PNG (for slides and chat).
 * Error correction M survives a smudged or partly covered print.
 */
export async function renderQrCode(link: string, format: 'svg' | 'png', size = 1024): Promise<string | Buffer> {
  const options = { errorCorrectionLevel: 'M' as const, margin: 2, color: { dark: '#111111', light: '#ffffff' } };
  return format === 'svg' ? QRCode.toString(link, { ...options, type: 'svg' }) : QRCode.toBuffer(link, { ...options, type: 'png', width: size });
}
