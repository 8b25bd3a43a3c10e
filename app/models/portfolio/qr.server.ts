import QRCode from "qrcode";

/** An SVG QR code for the link, rendered on the server (no client JavaScript). */
export function qrSvg(text: string) {
  return QRCode.toString(text, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#0f172a", light: "#ffffff" },
  });
}
