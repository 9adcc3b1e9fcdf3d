package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns an article's bytes into text: BOMs honoured, UTF-8 by default, Windows-1252 when the bytes are not UTF-8. */
final class TextDecoder {

    /** The decoded text and, when a fallback was needed, a note saying so. */
    record Decoded(String text, String note) {}

    private TextDecoder() {}

    static Decoded decode(byte[] bytes, String file) throws InputException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8, file, null);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, file, null);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, file, null);
        }
        Charset utf16 = bomlessUtf16(bytes);
        if (utf16 != null) {
            return strict(bytes, 0, utf16, file, file + ": no byte-order mark, read as " + utf16.name());
        }
        if (looksBinary(bytes)) {
            throw new InputException(file + ": looks like a binary file, not text (remove it or list only text files in the manifest)");
        }
        try {
            return strict(bytes, 0, StandardCharsets.UTF_8, file, null);
        } catch (InputException notUtf8) {
            // Newsroom copy-paste often arrives as Windows-1252 (a superset of Latin-1's printable range).
            return new Decoded(windows1252(bytes), file + ": not valid UTF-8, read as Windows-1252");
        }
    }

    /**
     * Windows-1252 that decodes every byte: Java's decoder rejects the five bytes the code page leaves undefined
     * (0x81, 0x8D, 0x8F, 0x90, 0x9D), which would drop the whole article; like browsers, map them to the C1
     * control of the same number so that nothing is lost and one byte stays one char.
     */
    static String windows1252(byte[] bytes) {
        char[] out = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = HIGH_HALF[bytes[i] & 0xFF];
        }
        return new String(out);
    }

    /** Every byte's Windows-1252 char, the undefined five as C1 controls. */
    private static final char[] HIGH_HALF = table();

    private static char[] table() {
        char[] t = new char[256];
        CharsetDecoder decoder = Charset.forName("windows-1252").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int u = 0; u < 256; u++) {
            try {
                String c = decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) u})).toString();
                t[u] = c.length() == 1 ? c.charAt(0) : (char) u;
            } catch (CharacterCodingException undefined) {
                t[u] = (char) u;
            }
        }
        return t;
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset, String file, String note) throws InputException {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Decoded(text, note);
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": cannot be decoded as " + charset.name());
        }
    }

    /**
     * UTF-16 saved without a byte-order mark has a NUL in every other byte for Latin text, which would otherwise
     * be taken for binary: if nearly all odd (or even) bytes are NUL and the others nearly never are, decode it.
     */
    private static Charset bomlessUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length, 8192) / 2;
        if (pairs < 8 || bytes.length % 2 != 0) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < pairs; i++) {
            evenZero += bytes[2 * i] == 0 ? 1 : 0;
            oddZero += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        if (oddZero * 10 >= pairs * 9 && evenZero * 100 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero * 10 >= pairs * 9 && oddZero * 100 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** NUL bytes never occur in UTF-8 or Latin text; many control bytes mean an image or archive renamed. */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return sample > 0 && control * 10 > sample;
    }
}
