package gonghui.campaign.ingestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the {@code opencc} command (Debian package opencc) as the reference for t2s, when it is installed. */
final class OpenCcCommand {

    private OpenCcCommand() {}

    static boolean isInstalled() {
        try {
            Process process = new ProcessBuilder("opencc", "--version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String t2s(String text) {
        try {
            Path in = Files.createTempFile("t2s-in", ".txt");
            Path out = Files.createTempFile("t2s-out", ".txt");
            try {
                Files.writeString(in, text, StandardCharsets.UTF_8);
                Process process = new ProcessBuilder("opencc", "-c", "t2s", "-i", in.toString(), "-o", out.toString())
                        .redirectErrorStream(true)
                        .start();
                process.getInputStream().readAllBytes();
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("opencc failed");
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(in);
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
