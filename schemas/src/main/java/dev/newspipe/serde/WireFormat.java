package dev.newspipe.serde;

import java.nio.ByteBuffer;

/**
 * Confluent's framing of an Avro record: magic byte 0, the schema id as a 4-byte big-endian int, then
 * the Avro binary encoding. Kept bit for bit so Confluent's own consumers read our records.
 */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0;
    public static final int HEADER_LENGTH = 5;

    private WireFormat() {}

    public static byte[] frame(int schemaId, byte[] avroBinary) {
        return ByteBuffer.allocate(HEADER_LENGTH + avroBinary.length)
                .put(MAGIC_BYTE)
                .putInt(schemaId)
                .put(avroBinary)
                .array();
    }

    /** The schema id of a framed record; {@link IllegalArgumentException} if it is not framed. */
    public static int schemaId(byte[] framed) {
        if (framed.length < HEADER_LENGTH) {
            throw new IllegalArgumentException("Record of " + framed.length + " bytes is too short for the Confluent wire format");
        }
        if (framed[0] != MAGIC_BYTE) {
            throw new IllegalArgumentException("Unknown magic byte " + framed[0] + ": not in the Confluent wire format");
        }
        return ByteBuffer.wrap(framed, 1, 4).getInt();
    }
}
