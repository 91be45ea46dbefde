package io.grantflow.application;

/** The uploaded proposal as received, before any check. */
public record ProposalFile(String fileName, byte[] content) {
}
