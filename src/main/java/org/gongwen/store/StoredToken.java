package org.gongwen.store;

import java.time.Instant;

/** A bureau's token as kept: its label and the hex SHA-256 of the token ({@link Tokens#hash}). */
public record StoredToken(String label, String hash, Instant created) {
    @Override
    public String toString() {
        return "StoredToken[" + label + "]";
    }
}
