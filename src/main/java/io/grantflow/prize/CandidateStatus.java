package io.grantflow.prize;

/** Where a candidate stands: nominated, merged into another candidate, asked to accept, and the answer. */
public enum CandidateStatus { NOMINATED, MERGED, ASKED, DECLINED, SILENT, ACCEPTED }
