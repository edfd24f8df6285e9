package com.starlightdesk.app.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a printout to the file the user chose, and only there: into a hidden sibling in the same folder
 * first, then moved over the chosen name in one step, so the folder never holds half a document and no
 * copy is left in a temporary folder. Stateless.
 */
public final class DocumentFile {
    /** What writes the document's bytes. */
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private DocumentFile() {
    }

    /** Writes {@code body} to {@code target}, replacing a file of that name. */
    public static void write(Path target, Body body) throws IOException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        Path part = Files.createTempFile(folder, ".starlight-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                body.writeTo(out);
            }
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
