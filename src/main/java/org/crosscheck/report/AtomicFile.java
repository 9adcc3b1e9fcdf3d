package org.crosscheck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;

/** Writes a whole file or nothing: to a temporary file beside the target, then renamed over it. */
public final class AtomicFile {

    private AtomicFile() {}

    /** Writes {@code content} as UTF-8 to {@code target}; on any failure the target is left as it was. */
    public static void write(Path target, String content) throws IOException {
        Path absolute = checkWritable(target);
        Path dir = absolute.getParent();
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException("folder " + dir + " is not writable (choose another folder)", e);
        }
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Fails with a one-line reason when {@code target} cannot be written; returns its absolute path. */
    public static Path checkWritable(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("folder " + dir + " does not exist (create it first)");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a folder (name a file inside it)");
        }
        // Renaming over a file replaces it even when it is read-only, so honour its mode explicitly (root too).
        if (Files.exists(absolute) && (!Files.isWritable(absolute) || !ownerMayWrite(absolute))) {
            throw new IOException(absolute + " is read-only (make it writable or choose another file)");
        }
        return absolute;
    }

    private static boolean ownerMayWrite(Path p) {
        try {
            return Files.getPosixFilePermissions(p).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return true; // not a POSIX file system: Files.isWritable above already answered
        }
    }
}
