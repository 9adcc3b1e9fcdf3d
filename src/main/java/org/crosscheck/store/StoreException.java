package org.crosscheck.store;

/** The store cannot be opened, migrated, read or written; the message is one line a user can act on. */
public final class StoreException extends Exception {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
