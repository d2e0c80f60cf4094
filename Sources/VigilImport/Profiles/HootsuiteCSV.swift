extension CSVProfile {
    /// Hootsuite Analytics post export: `Date (GMT)`, `Network`, `Post Message`, engagement counts.
    public static let hootsuite = CSVProfile(
        name: "hootsuite",
        summary: "Hootsuite Analytics post export (Date (GMT), Network, Profile, Post Message, Post Link)",
        signature: ["post_message", "network"],
        columns: [
            .id: ["post_id", "id"],
            .createdAt: ["date_(gmt)", "date"],
            .platform: ["network"],
            .author: ["profile", "author"],
            .text: ["post_message"],
            .likes: ["likes", "reactions"],
            .shares: ["shares", "reposts", "retweets"],
            .replies: ["comments", "replies"],
            .views: ["impressions"],
            .reach: ["reach"],
            .url: ["post_link", "permalink"],
            .sentiment: ["sentiment"],
        ],
        dayFirst: false,
        example: "SampleFeeds/formats/hootsuite.csv"
    )
}
