/**
 * Reports for the team: what customers asked, what went unanswered, which answers did not help, and the
 * intents seen ({@code tenure report questions}); whether outreach worked ({@code tenure report outcomes});
 * the weekly headline figures in the daily digest.
 *
 * <p>Entry points: {@link io.tenure.report.QuestionReports} and {@link io.tenure.report.WeeklyDigest}.
 */
package io.tenure.report;
