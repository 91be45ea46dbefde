package io.grantflow.prize;

/** A candidate's place after the jury's scores; candidates with the same mean share a rank, and {@code tied} says so. */
public record RankedCandidate(int rank, String candidateId, String candidate, double mean, int scores, boolean tied) {
}
