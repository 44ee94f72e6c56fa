namespace Crm.Framework.Interactions;

/// <summary>The channels every CRM has, declared by the kernel.</summary>
public static class Channels
{
    /// <summary>A phone call.</summary>
    public static ChannelDefinition Phone { get; } = new("phone", "Phone");
    /// <summary>An email.</summary>
    public static ChannelDefinition Email { get; } = new("email", "Email");
    /// <summary>A website or landing-page form.</summary>
    public static ChannelDefinition WebForm { get; } = new("web_form", "Web form");
    /// <summary>A live chat on the website.</summary>
    public static ChannelDefinition LiveChat { get; } = new("live_chat", "Live chat");
    /// <summary>WhatsApp, Telegram and other messengers.</summary>
    public static ChannelDefinition Messenger { get; } = new("messenger", "Messenger");
    /// <summary>Social networks.</summary>
    public static ChannelDefinition Social { get; } = new("social", "Social media");
    /// <summary>A face-to-face meeting.</summary>
    public static ChannelDefinition Meeting { get; } = new("meeting", "Meeting") { InPerson = true };
    /// <summary>Someone walked in.</summary>
    public static ChannelDefinition WalkIn { get; } = new("walk_in", "Walk-in") { InPerson = true };
    /// <summary>A letter or printed material.</summary>
    public static ChannelDefinition Letter { get; } = new("letter", "Letter");
    /// <summary>An internal note or an automation entry.</summary>
    public static ChannelDefinition Note { get; } = new("note", "Note");

    /// <summary>All kernel channels.</summary>
    public static IReadOnlyList<ChannelDefinition> All { get; } =
        [Phone, Email, WebForm, LiveChat, Messenger, Social, Meeting, WalkIn, Letter, Note];
}
