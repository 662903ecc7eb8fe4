package models

import "sleeve/models/vocab"

// SettingDefaults returns the moods the request's setting implies as a
// soft default (vocab.SettingMoods: a coffee shop is mellow and warm), or
// nil when the request says the music's character itself. A default gives
// way to anything the message says of the character: a mood asked for or
// refused, an energy level or change, a genre, or music to sound like;
// and a setting from an everyday word named in passing (WeakSetting:
// "pancakes" for the kitchen) implies nothing. The reader shows the
// default beside the setting; the ranker weighs it as half a constraint,
// as it does the setting's energy (engine.Query.SettingMoods).
func SettingDefaults(r Request) []string {
	if r.Setting == "" || r.WeakSetting || len(r.Moods) > 0 || len(r.ExcludeMoods) > 0 ||
		r.Energy != nil || r.EnergyShift != 0 || len(r.Genres) > 0 ||
		len(r.LikeArtists) > 0 || len(r.LikeTracks) > 0 {
		return nil
	}
	return vocab.SettingMoods(r.Setting)
}
