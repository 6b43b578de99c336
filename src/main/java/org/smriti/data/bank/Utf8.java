package org.smriti.data.bank;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: a bad byte is an error, never a silent replacement character. */
final class Utf8 {

    private Utf8() {
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        // One lenient pass first, much cheaper than the decoder below; only text holding a replacement character,
        // written as such or put there for a bad byte, is decoded strictly to tell which.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
