package ru.mentoring.web.monitoring;

import io.nayuki.qrcodegen.QrCode;

/** A link as a QR code, drawn as SVG on the server (no script, prints sharply at any size). */
final class QrCodes {

    /** The quiet zone around the code, in modules, as the standard asks. */
    private static final int BORDER = 4;

    private QrCodes() {
    }

    /** An SVG element for {@code text}; {@code label} is its accessible name. */
    static String svg(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" aria-label=\"" + escape(label) + "\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
