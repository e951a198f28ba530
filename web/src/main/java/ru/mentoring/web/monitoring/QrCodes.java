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
        // one rectangle per run of dark modules in a row: a third of the size of one per module
        for (int y = 0; y < qr.size; y++) {
            int x = 0;
            while (x < qr.size) {
                if (!qr.getModule(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < qr.size && qr.getModule(x + run, y)) {
                    run++;
                }
                path.append('M').append(x + BORDER).append(',').append(y + BORDER)
                        .append('h').append(run).append("v1h-").append(run).append('z');
                x += run;
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
