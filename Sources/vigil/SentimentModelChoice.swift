import ArgumentParser
import Foundation
import VigilEngine
import VigilSentiment

/// Which sentiment model a command uses: its option, else `sentiment_model` in the config
/// file, else the learned model.
enum SentimentModelChoice {
    static func resolve(_ option: String?) throws -> SentimentEngine.Model {
        if let option {
            guard let model = SentimentEngine.Model(rawValue: option.lowercased()) else {
                throw ValidationError("unknown sentiment model '\(option)': use auto or vader")
            }
            return model
        }
        // Only a config file that exists is read; a broken one is reported by the commands that use it.
        let configured = (try? VigilConfig.load(explicit: nil))?.sentimentModel
        return configured.flatMap { SentimentEngine.Model(rawValue: $0) } ?? .auto
    }
}
