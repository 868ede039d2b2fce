package gonghui.web;

import org.springframework.util.unit.DataSize;

/**
 * The largest request body the endpoints matching {@code pathPattern} accept. A module that takes files declares its
 * own as a bean; every other endpoint accepts {@code gonghui.web.max-request-size} (2 MB), so a huge body sent to a
 * form is refused before any of it is read or written to disk.
 *
 * @param pathPattern a Spring path pattern, e.g. {@code /api/v1/member-imports} or {@code /campaigns/tasks/{id}/progress}
 * @param maxSize the largest body, files and form fields together
 */
public record UploadLimit(String pathPattern, DataSize maxSize) {}
