package gonghui.shared;

/** File names as uploads bring them, made safe to store and show. */
public final class FileNames {

    private static final int MAX_LENGTH = 255;

    private FileNames() {}

    /**
     * The name without the folders some browsers send along ({@code C:\fakepath\...}), without control characters (a
     * NUL byte cannot be stored in PostgreSQL text), at most 255 characters keeping the end with the extension.
     */
    public static String baseName(String typed) {
        String name = typed == null ? "" : typed.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}]", "")
                .strip();
        return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
    }
}
