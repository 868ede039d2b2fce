package gonghui.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code (error correction M, the standard's quiet zone of four modules), drawn for a screen as an SVG path or
 * for a PDF as table cells — either way sharp at any size and made without the network. Only the modules are drawn,
 * never the text, so nothing of the content needs escaping.
 */
public final class QrCode {

    private final BitMatrix matrix;

    private QrCode(BitMatrix matrix) {
        this.matrix = matrix;
    }

    public static QrCode of(String text) {
        try {
            return new QrCode(new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text.length() + " characters", e);
        }
    }

    /** An SVG image: one path of unit squares on white. */
    public String svg() {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** A table of cells for the PDF renderer: {@code table.qr}, dark cells {@code td.on} (the caller's CSS sizes them). */
    public String htmlTable() {
        StringBuilder table = new StringBuilder("<table class=\"qr\">\n");
        for (int y = 0; y < matrix.getHeight(); y++) {
            table.append("<tr>");
            for (int x = 0; x < matrix.getWidth(); x++) {
                table.append(matrix.get(x, y) ? "<td class=\"on\"></td>" : "<td></td>");
            }
            table.append("</tr>\n");
        }
        return table.append("</table>\n").toString();
    }
}
