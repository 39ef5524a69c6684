import QRCode from 'qrcode';

/**
 * A QR code for `url` as SVG markup, made at build by the `qrcode` library: paths only, no `style`
 * attribute or element (safe under the site's CSP) and no width or height, so CSS sizes it. Hidden from
 * assistive technology: the page prints the address next to it.
 */
export async function qrCodeSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  if (/\sstyle=|<style/i.test(svg)) throw new Error('qrCodeSvg: the qrcode library wrote a style; the CSP forbids inline styles');
  return svg.replace(/^<svg /, '<svg aria-hidden="true" focusable="false" class="qr-code" ');
}
