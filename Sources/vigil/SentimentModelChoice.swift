import ArgumentParser
import Foundation
import VigilEngine
import VigilSentiment

/// Which sentiment model a command uses: its option, else `sentiment_model` in the config
/// file (`config`, when the command has loaded one, else the default file), else the learned model.
enum SentimentModelChoice {
    static func resolve(_ option: String?, config: VigilConfig? = nil) throws -> SentimentEngine.Model {
        if let option {
            guard let model = SentimentEngine.Model(rawValue: option.lowercased()) else {
                throw ValidationError("unknown sentiment model '\(option)': use auto or vader")
            }
            return model
        }
        // A config file that does not exist means the defaults; a broken one is said, not skipped.
        var loaded = config
        if loaded == nil {
            do { loaded = try VigilConfig.load(explicit: nil) } catch { throw ValidationError(String(describing: error)) }
        }
        return loaded?.sentimentModel.flatMap { SentimentEngine.Model(rawValue: $0) } ?? .auto
    }
}
