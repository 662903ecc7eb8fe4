package models

import "sleeve/models/vocab"

// DefaultMoods returns the moods the request's activity or setting implies
// as a soft default, and which of the two they come from ("activity" or
// "setting"): the activity's when it implies some (vocab.ActivityMoods:
// yoga is calm, peaceful and reflective), else the setting's
// (vocab.SettingMoods: a coffee shop is mellow and warm), as the ranker
// takes the activity's energy before the setting's. It returns nil when
// the request says the music's character itself: a default gives way to a
// mood asked for or refused, an energy level or change, a genre, or music
// to sound like; and an activity or setting from an everyday word named
// in passing (WeakActivity, WeakSetting: "pancakes" for the kitchen)
// implies nothing. The reader shows the default beside the activity or
// setting; the ranker weighs it as half a constraint, as it does their
// energy (engine.Query.DefaultMoods).
func DefaultMoods(r Request) (moods []string, of string) {
	if len(r.Moods) > 0 || len(r.ExcludeMoods) > 0 || r.Energy != nil || r.EnergyShift != 0 ||
		len(r.Genres) > 0 || len(r.LikeArtists) > 0 || len(r.LikeTracks) > 0 {
		return nil, ""
	}
	if r.Activity != "" && !r.WeakActivity {
		if m := vocab.ActivityMoods(r.Activity); len(m) > 0 {
			return m, "activity"
		}
	}
	if r.Setting != "" && !r.WeakSetting {
		if m := vocab.SettingMoods(r.Setting); len(m) > 0 {
			return m, "setting"
		}
	}
	return nil, ""
}
