package io.grantflow.irp;

import java.time.Instant;

/** One signatory of an IRP agreement: the funder or a partner institution, and whether and when it signed. */
public record Signature(String applicationId, String signatory, String institution, Instant tokenExpiresAt, Instant signedAt,
                        String signedBy) {

    static final String FUNDER = "funder";

    static String partner(int position) {
        return "partner-" + position;
    }

    public boolean signed() {
        return signedAt != null;
    }
}
