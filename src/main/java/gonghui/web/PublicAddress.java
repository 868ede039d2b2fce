package gonghui.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people reach this installation at ({@code gonghui.public-base-url}), for links that leave it: QR codes
 * on posters and member cards.
 */
@Component
public class PublicAddress {

    private final String baseUrl;

    PublicAddress(@Value("${gonghui.public-base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    /** The full address of a path of this application, e.g. {@code /verify/abc}. */
    public String of(String path) {
        return baseUrl + path;
    }
}
