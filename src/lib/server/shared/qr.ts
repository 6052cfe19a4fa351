// QR codes for print (posters): an SVG drawn on the server, so the page needs no script or image request.
import QRCode from 'qrcode';

/** An SVG QR code for `text` (medium error correction: still readable with a crease or a smudge). */
export async function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
