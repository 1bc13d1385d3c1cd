/**
 * A person's home: their accounts at risk, the drafts waiting for them and the recent cancellation
 * questions from their accounts, built once for every platform (Slack App Home, Discord {@code /mine}).
 * Customers get a short help text only.
 *
 * <p>Entry point: {@link io.tenure.home.MyHome}, built in {@code App}; chat adapters render its
 * {@link io.tenure.home.HomeView} and decide nothing.
 */
package io.tenure.home;
