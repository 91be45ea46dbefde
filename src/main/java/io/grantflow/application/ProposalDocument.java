package io.grantflow.application;

/** A stored proposal PDF. */
public record ProposalDocument(String fileName, String contentType, byte[] content) {
}
