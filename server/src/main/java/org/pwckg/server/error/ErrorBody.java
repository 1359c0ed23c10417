package org.pwckg.server.error;

/** The JSON body of every error answer. */
public record ErrorBody(int status, String error, String message) {}
