package org.crosscheck.serve;

/** A request the service refuses: the HTTP status and one line saying what to do instead. */
public final class ApiException extends Exception {
    private final int status;
    private final String allow;

    public ApiException(int status, String message) {
        this(status, message, null);
    }

    /** A 405 names the methods the resource allows, for the Allow header. */
    ApiException(int status, String message, String allow) {
        super(message);
        this.status = status;
        this.allow = allow;
    }

    /** The methods allowed, for a 405; else null. */
    String allow() {
        return allow;
    }

    public int status() {
        return status;
    }
}
