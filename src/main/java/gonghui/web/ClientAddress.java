package gonghui.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client a request comes from. Behind a load balancer every request comes from the balancer, so
 * when the direct peer is one of {@code gonghui.security.trusted-proxies} the address is taken from
 * {@code X-Forwarded-For}: the rightmost entry that is not itself a trusted proxy (entries further left are whatever
 * the client chose to send). With no trusted proxy configured the header is ignored.
 */
@Component
public class ClientAddress {

    private final Set<String> trustedProxies;

    ClientAddress(@Value("${gonghui.security.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies.stream()
                .map(String::strip)
                .filter(proxy -> !proxy.isEmpty())
                .toList());
    }

    /** Whether the address is one of the configured load balancers or reverse proxies. */
    public boolean isTrustedProxy(String address) {
        return trustedProxies.contains(address);
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrustedProxy(peer)) {
            return peer;
        }
        List<String> forwarded = request.getHeaders("X-Forwarded-For") == null
                ? List.of()
                : java.util.Collections.list(request.getHeaders("X-Forwarded-For")).stream()
                        .flatMap(header -> java.util.Arrays.stream(header.split(",")))
                        .map(String::strip)
                        .filter(entry -> !entry.isEmpty())
                        .toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(forwarded.get(i))) {
                return forwarded.get(i).length() > 64 ? forwarded.get(i).substring(0, 64) : forwarded.get(i);
            }
        }
        return peer;
    }

    /** The client address of the request being served on this thread, if there is one. */
    public Optional<String> ofCurrentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(of(attributes.getRequest()))
                : Optional.empty();
    }
}
