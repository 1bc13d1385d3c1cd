/**
 * The Discord bot, a thin adapter over the assistant. Entry point: {@link io.tenure.chat.discord.DiscordBot}
 * (a {@link io.tenure.chat.ChatAdapter}), built by {@code App.discord()}; the daily digest goes out through
 * {@link io.tenure.chat.discord.DiscordDigestChannel}.
 */
package io.tenure.chat.discord;
