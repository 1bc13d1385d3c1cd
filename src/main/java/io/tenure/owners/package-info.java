/**
 * Account owners as people in chat: an account's {@code owner} address resolved to a Slack user (asked with
 * {@code users.lookupByEmail}) or a Discord user ({@code owners.discord} in configuration), and back from a
 * user to an address ({@code users.info}), cached in the database. Used by owner alerts and by "my
 * accounts" views.
 *
 * <p>Entry point: {@link io.tenure.owners.OwnerDirectory}, built in {@code App.owners()}.
 */
package io.tenure.owners;
