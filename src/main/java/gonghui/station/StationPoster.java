package gonghui.station;

import static gonghui.document.PdfRenderer.escape;

import gonghui.document.PdfRenderer;
import gonghui.document.QrCode;
import gonghui.web.PublicAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The A4 poster a station hangs at its door: its name, the QR code that opens its public page (where a worker checks
 * in), its code and hours. The QR code is drawn as a table of cells, so it prints sharp at any size.
 */
@Component
record StationPoster(PdfRenderer renderer, PublicAddress address, MessageSource messages) {

    private static final double MODULE_MM = 2.4;

    /** The address the poster's QR code carries. */
    String address(Station station) {
        return address.of(ServiceStationController.FINDER + "/" + station.code());
    }

    byte[] render(Station station, java.util.Locale locale) {
        String font = PdfRenderer.FONT_FAMILY;
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"/><title>%s</title><style>
                @page { size: A4; margin: 20mm; }
                body { font-family: %s; color: #111; text-align: center; }
                .union { font-size: 16pt; color: #b3202a; margin-top: 8mm; }
                h1 { font-size: 30pt; margin: 6mm 0 10mm 0; font-weight: normal; }
                table.qr { border-collapse: collapse; margin: 0 auto; }
                table.qr td { width: %smm; height: %smm; padding: 0; }
                td.on { background: #000; }
                .scan { font-size: 18pt; margin-top: 8mm; }
                .meta { font-size: 12pt; color: #444; margin-top: 6mm; line-height: 1.6; }
                .day { white-space: nowrap; margin: 0 2mm; }
                </style></head><body>
                """.formatted(escape(station.name()), font, MODULE_MM, MODULE_MM));
        html.append("<div class=\"union\">")
                .append(escape(station.organizationName()))
                .append("</div>\n");
        html.append("<h1>").append(escape(station.name())).append("</h1>\n");
        html.append(QrCode.of(address(station)).htmlTable());
        html.append("<div class=\"scan\">")
                .append(escape(messages.getMessage("station.poster.scan", null, locale)))
                .append("</div>\n");
        html.append("<div class=\"meta\">")
                .append(escape(messages.getMessage("station.code", null, locale)))
                .append(' ')
                .append(escape(station.code()))
                .append(" · ")
                .append(escape(station.address()))
                .append("</div>\n");
        html.append("<div class=\"meta\">").append(hoursHtml(station, locale)).append("</div>\n");
        return renderer.render(html.append("</body></html>").toString());
    }

    /** The week, one unbreakable piece a day, so that a line wraps between days only. */
    private String hoursHtml(Station station, java.util.Locale locale) {
        if (station.hours().allDay()) {
            return escape(messages.getMessage("station.allDay", null, locale));
        }
        StringBuilder html = new StringBuilder();
        String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int i = 0; i < 7; i++) {
            var hours = station.hours().week().get(java.time.DayOfWeek.of(i + 1));
            html.append(i == 0 ? "" : " ")
                    .append("<span class=\"day\">")
                    .append(escape(messages.getMessage("station.day." + days[i], null, locale)))
                    .append(' ')
                    .append(escape(
                            hours == null ? messages.getMessage("station.closedDay", null, locale) : hours.toString()))
                    .append("</span>");
        }
        return html.toString();
    }
}
