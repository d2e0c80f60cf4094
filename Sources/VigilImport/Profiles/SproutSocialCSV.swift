extension CSVProfile {
    /// Sprout Social Listening / Smart Inbox message export: `Created Time`, `Network`, `From`,
    /// `Message`, `Sentiment`, `Permalink`.
    public static let sproutSocial = CSVProfile(
        name: "sprout",
        summary: "Sprout Social message export (Created Time, Network, From, Message, Sentiment, Permalink)",
        signature: ["created_time", "network", "message"],
        columns: [
            .id: ["message_id", "guid", "id"],
            .createdAt: ["created_time", "date"],
            .platform: ["network"],
            .author: ["from", "author", "profile"],
            .authorName: ["author_name", "from_name"],
            .followers: ["followers", "audience"],
            .kind: ["message_type", "type"],
            .text: ["message", "text"],
            .likes: ["likes", "reactions"],
            .shares: ["shares", "retweets"],
            .replies: ["comments", "replies"],
            .views: ["impressions"],
            .url: ["permalink", "link"],
            .sentiment: ["sentiment"],
        ],
        dayFirst: false,
        example: "SampleFeeds/formats/sprout.csv"
    )
}
