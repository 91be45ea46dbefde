/**
 * Reviewer assignment for a whole call: which k reviewers review each application.
 *
 * <ol>
 *   <li>{@link io.grantflow.review.assignment.AffinityModel} scores every application against every
 *       reviewer profile (Lucene BM25 in memory, keyword Jaccard, bids) and keeps the top N eligible
 *       candidates per application, each with the terms behind its score.</li>
 *   <li>{@link io.grantflow.review.assignment.ReviewerAssignment#optimal()} maximises the total
 *       affinity exactly: an OR-tools min-cost flow carries k per application, the load limits
 *       (minimum loads as lower bounds), at most t reviewers per institution (one node per
 *       application and institution) and the reviewer from abroad (a lower bound on the
 *       application's foreign side). CP-SAT takes over for the fairness mode and for an institution
 *       with reviewers both at home and abroad.</li>
 *   <li>When no assignment exists, the result names the applications and the reason: cheap counts
 *       first, then the minimum cut of a flow per group of rules (Hall's condition).</li>
 *   <li>{@code replace} fills one seat after a decline without moving anyone else.</li>
 * </ol>
 *
 * <p>Only the records, {@link io.grantflow.review.assignment.ReviewerAssigner},
 * {@link io.grantflow.review.assignment.AffinityModel} and
 * {@link io.grantflow.review.assignment.ReviewerAssignment} are public; no Spring is needed.
 */
package io.grantflow.review.assignment;
