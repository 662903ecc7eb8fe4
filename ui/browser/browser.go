package browser

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"sleeve/app"
	"sleeve/ui/common"
)

// Level is how deep the browser is in artists → albums → tracks.
type Level int

// The levels of the tree view. The flat view is always LevelTracks. In
// the genre view, LevelArtists lists the genres and LevelTracks the
// tracks of one; it has no LevelAlbums.
const (
	LevelArtists Level = iota
	LevelAlbums
	LevelTracks
)

// QueryMsg carries a query's result, tagged with the ID of the request so
// that a result overtaken by a newer query is dropped.
type QueryMsg struct {
	ID      int
	Result  Result
	Err     error
	Elapsed time.Duration
}

// PlayMsg asks for a track to be played: the whole track, or with
// Preview its preview window.
type PlayMsg struct {
	Row     Row
	Preview bool
}

// Model is the library browser pane.
type Model struct {
	c             common.Common
	width, height int
	focused       bool

	rows   []Row
	loaded bool

	query   Query
	result  Result
	queryID int
	pending bool

	filtering bool
	input     textinput.Model
	prevExpr  string

	flat          bool
	level         Level
	artist, album string
	albums        []Group
	tracks        []int32
	list          list
	stack         []int
	// byGenre shows the genres in place of the artists; genre is the one
	// opened, genreList the genres of the matching tracks.
	byGenre   bool
	genre     string
	genreList []Group
	// copies marks the listed tracks whose title and artist another
	// listed track shares, so that their rows say which copy they are.
	copies map[int32]bool
}

// New returns an empty browser; SetRows fills it.
func New(c common.Common) *Model {
	in := c.Styles.NewInput("/ ", "artist:name genre:jazz bpm:120..130 key:am words…", 200)
	return &Model{c: c, input: in, query: Query{Sort: "artist"}}
}

// SetRows replaces the rows and runs the current query over them.
func (m *Model) SetRows(rows []Row) tea.Cmd {
	m.rows = rows
	m.loaded = true
	return m.runQuery()
}

// SetRating records a new rating of track id (of every track when id is
// 0) in its row, so that its marker shows it at once. The list is not
// filtered again until the filter changes, so that rating a track does
// not move the cursor.
func (m *Model) SetRating(id app.TrackID, stars int) {
	now := time.Now().UnixMilli()
	for i := range m.rows {
		if id == 0 || m.rows[i].ID == id {
			m.rows[i].Filter.Rating = stars
			m.rows[i].RatedAt = 0
			if stars > 0 {
				m.rows[i].RatedAt = now
			}
		}
	}
}

// favouritesExpr and favouritesSort are the query of the favourites view.
const (
	favouritesExpr = "rating:4.."
	favouritesSort = "rated"
)

// Favourites reports whether the favourites view is shown: the flat list
// of the tracks rated 4 or 5, the most recently rated first.
func (m *Model) Favourites() bool {
	return m.flat && m.query.Expr == favouritesExpr && m.query.Sort == favouritesSort
}

// toggleFavourites shows the favourites view, or leaves it for the
// artists with no filter.
func (m *Model) toggleFavourites() tea.Cmd {
	leaving := m.Favourites()
	m.flat = !leaving
	m.query = Query{Expr: favouritesExpr, Sort: favouritesSort}
	status := "Favourites: the tracks you rated 4 or 5, the most recently rated first (F again leaves)"
	if leaving {
		m.query, status = Query{Sort: "artist"}, "All artists"
	}
	m.input.SetValue(m.query.Expr)
	m.stack = nil
	m.byGenre = false
	m.level, m.artist, m.album = LevelArtists, "", ""
	m.list.moveTo(0)
	m.list.setHeight(m.listHeight())
	// The items must match the new level until the new query's rows
	// arrive: leaving two favourites by one artist drew item 1 of one
	// artist, and crashed.
	m.refresh()
	return tea.Batch(m.runQuery(), common.StatusCmd(status))
}

// Rows returns the loaded rows.
func (m *Model) Rows() []Row { return m.rows }

// Loaded reports whether rows have arrived.
func (m *Model) Loaded() bool { return m.loaded }

// Query returns the current filter and sort.
func (m *Model) Query() Query { return m.query }

// Filtering reports whether the filter input has the keyboard.
func (m *Model) Filtering() bool { return m.filtering }

// Level returns the level shown.
func (m *Model) Level() Level { return m.level }

// Flat reports whether the flat track list is shown.
func (m *Model) Flat() bool { return m.flat }

// ByGenre reports whether the genre view is shown: the genres, or the
// tracks of one.
func (m *Model) ByGenre() bool { return m.byGenre && !m.flat }

// Genres returns the genres listed in the genre view, with how many
// matching tracks each has.
func (m *Model) Genres() []Group { return m.genreList }

// toggleGenres switches the tree between the artists and the genres,
// back at the top with the cursor on the first.
func (m *Model) toggleGenres() tea.Cmd {
	m.byGenre = !m.ByGenre()
	m.flat = false
	m.stack = nil
	m.level, m.artist, m.album, m.genre = LevelArtists, "", "", ""
	m.list.moveTo(0)
	m.refresh()
	if m.byGenre {
		return common.StatusCmd("Genres: a track with several genres counts under each (→ opens one)")
	}
	return common.StatusCmd("All artists")
}

// hasGenre reports whether r has the genre, compared without letter
// case, as overviews group genres.
func hasGenre(r *Row, genre string) bool {
	for _, g := range r.Genres {
		if strings.EqualFold(g, genre) {
			return true
		}
	}
	return false
}

// groupGenres counts the indexed rows under each of their genres, sorted
// by name; a genre is spelled as its first track spells it.
func groupGenres(rows []Row, idx []int32) []Group {
	var out []Group
	pos := map[string]int{}
	for _, i := range idx {
		seen := map[string]bool{}
		for _, g := range rows[i].Genres {
			k := strings.ToLower(g)
			if seen[k] {
				continue
			}
			seen[k] = true
			if p, ok := pos[k]; ok {
				out[p].Count++
				continue
			}
			pos[k] = len(out)
			out = append(out, Group{Name: g, Count: 1})
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return strings.ToLower(out[a].Name) < strings.ToLower(out[b].Name) })
	return out
}

// Cursor returns the cursor's position in the list.
func (m *Model) Cursor() int { return m.list.cursor }

// Offset returns the first visible item.
func (m *Model) Offset() int { return m.list.offset }

// Len returns the number of items listed.
func (m *Model) Len() int { return m.list.n }

// Result returns the current query's result.
func (m *Model) Result() Result { return m.result }

// SetFocused tells the pane whether it has the keyboard.
func (m *Model) SetFocused(f bool) { m.focused = f }

// SetSize implements common.Component.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.input.SetWidth(max(1, w-6))
	m.list.setHeight(m.listHeight())
}

// listHeight is the rows left for the list inside the panel.
func (m *Model) listHeight() int {
	_, ih := m.c.Styles.PanelInner(m.width, m.height)
	if m.filtering || m.query.Expr != "" {
		ih--
	}
	return max(1, ih)
}

// Selected returns the track under the cursor, if the cursor is on one.
func (m *Model) Selected() (Row, bool) {
	if m.level != LevelTracks || m.list.cursor >= len(m.tracks) || len(m.tracks) == 0 {
		return Row{}, false
	}
	return m.rows[m.tracks[m.list.cursor]], true
}

// Group returns the artist or album under the cursor at the artist and
// album levels: kind is "artist" or "album", artist the album's artist.
func (m *Model) Group() (kind, name, artist string, ok bool) {
	switch {
	case m.flat || m.level == LevelTracks:
	case m.ByGenre():
		if m.list.cursor < len(m.genreList) {
			return "genre", m.genreList[m.list.cursor].Name, "", true
		}
	case m.level == LevelArtists && m.list.cursor < len(m.result.Artists):
		if n := m.result.Artists[m.list.cursor].Name; n != "" {
			return "artist", n, "", true
		}
	case m.level == LevelAlbums && m.list.cursor < len(m.albums):
		if n := m.albums[m.list.cursor].Name; n != "" {
			return "album", n, m.artist, true
		}
	}
	return "", "", "", false
}

// SelectedIDs returns the tracks the current list stands for: the tracks
// listed, or at the artist and album levels every matching track of the
// artist or album under the cursor.
func (m *Model) SelectedIDs() []app.TrackID {
	var idx []int32
	switch {
	case m.level == LevelTracks:
		idx = m.tracks
	case m.ByGenre():
		if m.list.cursor < len(m.genreList) {
			name := m.genreList[m.list.cursor].Name
			idx = m.filterIdx(func(r *Row) bool { return hasGenre(r, name) })
		}
	case m.level == LevelArtists && m.list.cursor < len(m.result.Artists):
		name := m.result.Artists[m.list.cursor].Name
		idx = m.filterIdx(func(r *Row) bool { return r.Artist == name })
	case m.level == LevelAlbums && m.list.cursor < len(m.albums):
		name := m.albums[m.list.cursor].Name
		idx = m.filterIdx(func(r *Row) bool { return r.Artist == m.artist && r.Album == name })
	}
	ids := make([]app.TrackID, len(idx))
	for i, x := range idx {
		ids[i] = m.rows[x].ID
	}
	return ids
}

// QueueSelection returns what "add to queue" adds here, with words that
// name it: the track under the cursor, or every matching track of the
// artist or album under it, in the list's order.
func (m *Model) QueueSelection() ([]app.TrackID, string) {
	if r, ok := m.Selected(); ok {
		return []app.TrackID{r.ID}, common.CleanText(r.Title)
	}
	if m.level == LevelTracks {
		return nil, ""
	}
	ids := m.SelectedIDs()
	name := ""
	switch {
	case m.ByGenre():
		if m.list.cursor < len(m.genreList) {
			name = m.genreList[m.list.cursor].Name
		}
	case m.level == LevelArtists && m.list.cursor < len(m.result.Artists):
		name = orUnknown(m.result.Artists[m.list.cursor].Name)
	case m.level == LevelAlbums && m.list.cursor < len(m.albums):
		name = orUnknown(m.albums[m.list.cursor].Name)
	}
	return ids, fmt.Sprintf("%s of %s", plural(len(ids), "track"), common.CleanText(name))
}

// runQuery starts the current query in a Cmd tagged with a new ID.
func (m *Model) runQuery() tea.Cmd {
	m.queryID++
	m.pending = true
	id, rows, q := m.queryID, m.rows, m.query
	return func() tea.Msg {
		start := time.Now()
		res, err := Run(rows, q)
		return QueryMsg{ID: id, Result: res, Err: err, Elapsed: time.Since(start)}
	}
}

// Busy reports whether a query is running.
func (m *Model) Busy() bool { return m.pending }

// Update handles keys, mouse and query results.
func (m *Model) Update(msg tea.Msg) (*Model, tea.Cmd) {
	switch msg := msg.(type) {
	case QueryMsg:
		if msg.ID != m.queryID {
			return m, nil // overtaken by a newer query
		}
		m.pending = false
		if msg.Err != nil {
			return m, common.ErrorCmd(msg.Err)
		}
		m.result = msg.Result
		m.c.Logf("query %q sort %s: %d rows in %s", m.query.Expr, m.query.Sort, len(msg.Result.Indices), msg.Elapsed)
		m.refresh()
		return m, nil
	case tea.KeyPressMsg:
		if m.filtering {
			return m.updateFilter(msg)
		}
		return m.updateKey(msg)
	case tea.PasteMsg:
		if !m.filtering {
			return m, nil
		}
		cmd := common.Paste(&m.input, msg.Content, "the filter")
		if v := m.input.Value(); v != m.query.Expr {
			m.query.Expr = v
			return m, tea.Batch(cmd, m.runQuery())
		}
		return m, cmd
	}
	return m, nil
}

func (m *Model) updateFilter(msg tea.KeyPressMsg) (*Model, tea.Cmd) {
	k := m.c.Keys
	switch {
	case msg.String() == "enter":
		m.filtering = false
		m.input.Blur()
		m.list.setHeight(m.listHeight())
		return m, nil
	case key.Matches(msg, k.Cancel):
		m.filtering = false
		m.input.Blur()
		m.input.SetValue(m.prevExpr)
		m.query.Expr = m.prevExpr
		m.list.setHeight(m.listHeight())
		return m, m.runQuery()
	}
	if full := common.AtLimit(&m.input, msg, "the filter"); full != nil {
		return m, full
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if v := m.input.Value(); v != m.query.Expr {
		m.query.Expr = v
		return m, tea.Batch(cmd, m.runQuery())
	}
	return m, cmd
}

func (m *Model) updateKey(msg tea.KeyPressMsg) (*Model, tea.Cmd) {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Up):
		m.list.move(-1)
	case key.Matches(msg, k.Down):
		m.list.move(1)
	case key.Matches(msg, k.PageUp):
		m.list.move(-m.list.height)
	case key.Matches(msg, k.PageDown):
		m.list.move(m.list.height)
	case key.Matches(msg, k.Top):
		m.list.moveTo(0)
	case key.Matches(msg, k.Bottom):
		m.list.moveTo(m.list.n - 1)
	case key.Matches(msg, k.Open):
		m.open()
	case key.Matches(msg, k.Enter):
		if r, ok := m.Selected(); ok {
			return m, func() tea.Msg { return PlayMsg{Row: r} }
		}
		m.open()
	case key.Matches(msg, k.Preview):
		if r, ok := m.Selected(); ok {
			return m, func() tea.Msg { return PlayMsg{Row: r, Preview: true} }
		}
	case key.Matches(msg, k.Back):
		m.back()
	case key.Matches(msg, k.Filter):
		m.filtering = true
		m.prevExpr = m.query.Expr
		m.input.SetValue(m.query.Expr)
		m.input.CursorEnd()
		m.list.setHeight(m.listHeight())
		return m, m.input.Focus()
	case key.Matches(msg, k.Cancel):
		if m.query.Expr != "" {
			m.query.Expr = ""
			m.input.SetValue("")
			m.list.setHeight(m.listHeight())
			return m, m.runQuery()
		}
	case key.Matches(msg, k.Sort):
		m.query.Sort = nextSort(m.query.Sort)
		return m, tea.Batch(m.runQuery(), common.StatusCmd("Sorted by "+m.query.Sort))
	case key.Matches(msg, k.Favourites):
		return m, m.toggleFavourites()
	case key.Matches(msg, k.Genres):
		return m, m.toggleGenres()
	case key.Matches(msg, k.ToggleView):
		m.flat = !m.flat
		m.byGenre = false
		m.stack = nil
		m.level, m.artist, m.album = LevelArtists, "", ""
		m.list.moveTo(0)
		m.refresh()
	}
	return m, nil
}

// Click moves the cursor to the item on row y of the list (0 is the first
// list row).
func (m *Model) Click(y int) {
	if m.filtering || m.query.Expr != "" {
		y--
	}
	if y < 0 {
		return
	}
	if i := m.list.offset + y; i < m.list.n {
		m.list.moveTo(i)
	}
}

// Scroll moves the view by d rows, as the mouse wheel does.
func (m *Model) Scroll(d int) { m.list.scroll(d) }

func nextSort(cur string) string {
	for i, s := range SortOrders {
		if s == cur {
			return SortOrders[(i+1)%len(SortOrders)]
		}
	}
	return SortOrders[0]
}

// open goes one level down from the artist or album under the cursor.
func (m *Model) open() {
	switch {
	case m.flat || m.level == LevelTracks:
		return
	case m.ByGenre():
		if m.list.cursor >= len(m.genreList) {
			return
		}
		m.genre = m.genreList[m.list.cursor].Name
		m.level = LevelTracks
	case m.level == LevelArtists && m.list.cursor < len(m.result.Artists):
		m.artist = m.result.Artists[m.list.cursor].Name
		m.level = LevelAlbums
	case m.level == LevelAlbums && m.list.cursor < len(m.albums):
		m.album = m.albums[m.list.cursor].Name
		m.level = LevelTracks
	default:
		return
	}
	m.stack = append(m.stack, m.list.cursor)
	m.list.cursor, m.list.offset = 0, 0
	m.refresh()
}

// back goes one level up, back to where the cursor was.
func (m *Model) back() {
	if m.flat || m.level == LevelArtists {
		return
	}
	m.level--
	if m.ByGenre() {
		m.level = LevelArtists
	}
	m.refresh()
	if n := len(m.stack); n > 0 {
		m.list.moveTo(m.stack[n-1])
		m.stack = m.stack[:n-1]
	}
}

func (m *Model) filterIdx(keep func(*Row) bool) []int32 {
	var out []int32
	for _, i := range m.result.Indices {
		if keep(&m.rows[i]) {
			out = append(out, i)
		}
	}
	return out
}

// refresh rebuilds the items of the current level from the result. When
// the artist or album opened no longer matches, it goes up a level.
func (m *Model) refresh() {
	if m.flat {
		m.tracks = m.result.Indices
		m.level = LevelTracks
		m.markCopies()
		m.list.setN(len(m.tracks))
		return
	}
	if m.byGenre {
		m.refreshGenres()
		return
	}
	if m.level >= LevelAlbums {
		byArtist := m.filterIdx(func(r *Row) bool { return r.Artist == m.artist })
		m.albums = groupBy(m.rows, byArtist, func(r *Row) string { return r.Album })
		if len(m.albums) == 0 {
			m.level, m.stack = LevelArtists, nil
		} else if m.level == LevelTracks {
			m.tracks = m.tracks[:0:0]
			for _, i := range byArtist {
				if m.rows[i].Album == m.album {
					m.tracks = append(m.tracks, i)
				}
			}
			if len(m.tracks) == 0 {
				m.level = LevelAlbums
				m.stack = m.stack[:max(0, len(m.stack)-1)]
			}
		}
	}
	m.markCopies()
	switch m.level {
	case LevelArtists:
		m.list.setN(len(m.result.Artists))
	case LevelAlbums:
		m.list.setN(len(m.albums))
	default:
		m.list.setN(len(m.tracks))
	}
}

// refreshGenres rebuilds the genre view: the genres, or the tracks of
// the one opened, going up when it no longer matches.
func (m *Model) refreshGenres() {
	m.genreList = groupGenres(m.rows, m.result.Indices)
	if m.level == LevelTracks {
		m.tracks = m.filterIdx(func(r *Row) bool { return hasGenre(r, m.genre) })
		if len(m.tracks) == 0 {
			m.level = LevelArtists
			m.stack = m.stack[:max(0, len(m.stack)-1)]
		}
	}
	m.markCopies()
	if m.level == LevelTracks {
		m.list.setN(len(m.tracks))
	} else {
		m.level = LevelArtists
		m.list.setN(len(m.genreList))
	}
}

// markCopies finds the listed tracks that share a title and an artist
// with another listed track.
func (m *Model) markCopies() {
	m.copies = nil
	if m.level != LevelTracks {
		return
	}
	first := make(map[string]int32, len(m.tracks))
	for _, i := range m.tracks {
		r := &m.rows[i]
		k := strings.ToLower(r.Artist) + "\x1f" + strings.ToLower(r.Title)
		if j, ok := first[k]; ok {
			if m.copies == nil {
				m.copies = map[int32]bool{}
			}
			m.copies[i], m.copies[j] = true, true
			continue
		}
		first[k] = i
	}
}

// copyLabel tells a copy of a song from the others: its format and the
// folder it is in.
func copyLabel(r *Row) string {
	var parts []string
	if r.Format != "" {
		parts = append(parts, r.Format)
	}
	if r.Folder != "" && r.Folder != "." {
		parts = append(parts, r.Folder+"/")
	}
	if len(parts) == 0 {
		return ""
	}
	return " [" + strings.Join(parts, " · ") + "]"
}

// PreviewAlbum returns the album under the cursor at the albums level:
// its artist, its name and one of its tracks, through which the detail
// pane finds its cover art. It returns false anywhere else.
func (m *Model) PreviewAlbum() (artist, album string, id app.TrackID, ok bool) {
	if m.flat || m.level != LevelAlbums || m.list.cursor >= len(m.albums) {
		return "", "", 0, false
	}
	album = m.albums[m.list.cursor].Name
	idx := m.filterIdx(func(r *Row) bool { return r.Artist == m.artist && r.Album == album })
	if len(idx) == 0 {
		return "", "", 0, false
	}
	return m.artist, album, m.rows[idx[0]].ID, true
}

// Preview describes the artist or album under the cursor, for the detail
// pane while no track is selected: a title and lines of its albums and
// tracks. It returns false on a track, or when nothing is listed.
func (m *Model) Preview() (string, []string, bool) {
	var idx []int32
	var title string
	switch {
	case m.flat || m.level == LevelTracks:
		return "", nil, false
	case m.ByGenre():
		return m.previewGenre()
	case m.level == LevelArtists && m.list.cursor < len(m.result.Artists):
		name := m.result.Artists[m.list.cursor].Name
		title = orUnknown(name)
		idx = m.filterIdx(func(r *Row) bool { return r.Artist == name })
	case m.level == LevelAlbums && m.list.cursor < len(m.albums):
		name := m.albums[m.list.cursor].Name
		title = orUnknown(m.artist) + " — " + orUnknown(name)
		idx = m.filterIdx(func(r *Row) bool { return r.Artist == m.artist && r.Album == name })
	default:
		return "", nil, false
	}
	albums := groupBy(m.rows, idx, func(r *Row) string { return r.Album })
	var lines []string
	if m.level == LevelArtists {
		lines = append(lines, fmt.Sprintf("%s · %s", plural(len(albums), "album"), plural(len(idx), "track")))
	} else {
		lines = append(lines, plural(len(idx), "track"))
	}
	for _, a := range albums {
		if m.level == LevelArtists {
			head := orUnknown(a.Name)
			for _, i := range idx {
				if r := &m.rows[i]; r.Album == a.Name && r.Year > 0 {
					head += fmt.Sprintf(" (%d)", r.Year)
					break
				}
			}
			lines = append(lines, "", head)
		} else {
			lines = append(lines, "")
		}
		for _, i := range idx {
			if r := &m.rows[i]; r.Album == a.Name {
				lines = append(lines, fmt.Sprintf("  %s  %d:%02d", r.Title, r.Seconds/60, r.Seconds%60))
			}
		}
	}
	return title, lines, true
}

// previewGenre describes the genre under the cursor: how many tracks
// and artists it has, then its artists with their tracks in it, the most
// first.
func (m *Model) previewGenre() (string, []string, bool) {
	if m.list.cursor >= len(m.genreList) {
		return "", nil, false
	}
	name := m.genreList[m.list.cursor].Name
	idx := m.filterIdx(func(r *Row) bool { return hasGenre(r, name) })
	artists := groupBy(m.rows, idx, func(r *Row) string { return r.Artist })
	sort.SliceStable(artists, func(a, b int) bool { return artists[a].Count > artists[b].Count })
	lines := []string{fmt.Sprintf("%s · %s", plural(len(idx), "track"), plural(len(artists), "artist")), ""}
	for _, a := range artists {
		lines = append(lines, fmt.Sprintf("  %s · %s", orUnknown(a.Name), plural(a.Count, "track")))
	}
	return name, lines, true
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return thousands(n) + " " + what + "s"
}

// title is the panel title: where the browser is and what it shows.
func (m *Model) title() string {
	var where string
	switch {
	case m.Favourites():
		return fmt.Sprintf("Favourites (%s) · most recently rated first", thousands(m.list.n))
	case m.flat:
		where = "All tracks"
	case m.ByGenre() && m.level == LevelArtists:
		where = "Genres"
	case m.ByGenre():
		where = "Genre › " + m.genre
	case m.level == LevelArtists:
		where = "Artists"
	case m.level == LevelAlbums:
		where = orUnknown(m.artist)
	default:
		where = orUnknown(m.artist) + " › " + orUnknown(m.album)
	}
	if m.ByGenre() && m.level == LevelArtists {
		// The genres are listed by name; the sort orders their tracks.
		return fmt.Sprintf("Library · %s (%s) · by name", where, thousands(m.list.n))
	}
	return fmt.Sprintf("Library · %s (%s) · by %s", where, thousands(m.list.n), m.query.Sort)
}

// View implements common.Component.
func (m *Model) View() string {
	s := m.c.Styles
	iw, _ := s.PanelInner(m.width, m.height)
	var lines []string
	switch {
	case m.filtering:
		lines = append(lines, m.input.View())
	case m.query.Expr != "":
		lines = append(lines, s.Prompt.Render("/ ")+s.Input.Render(m.query.Expr)+s.Muted.Render("  (esc clears)"))
	}
	switch {
	case !m.loaded:
		lines = append(lines, s.Muted.Render("Reading the library…"))
	case m.list.n == 0 && m.query.Expr != "":
		lines = append(lines, s.Muted.Render("Nothing matches this filter."))
	case m.list.n == 0 && m.ByGenre() && m.level == LevelArtists:
		// The tracks are there; their files carry no genre.
		k := m.c.Keys
		for _, l := range common.Wrap("No track has a genre tag. "+k.SetGenre.Help().Key+" in a track's detail gives it genres "+
			"(or sleeve set TRACK genre=Jazz); "+k.Genres.Help().Key+" goes back to the artists.", iw) {
			lines = append(lines, s.Muted.Render(l))
		}
	case m.list.n == 0:
		lines = append(lines, s.Muted.Render("No tracks."))
	}
	from, to := m.list.visible()
	for i := from; i < to && m.list.n > 0; i++ {
		lines = append(lines, m.renderItem(i, iw))
	}
	return s.Panel(m.title(), strings.Join(lines, "\n"), m.width, m.height, m.focused)
}

// renderItem draws item i of the current level, width cells wide.
func (m *Model) renderItem(i, width int) string {
	s := m.c.Styles
	selected := i == m.list.cursor
	marker := "  "
	if selected {
		marker = "▌ "
	}
	var text string
	switch m.level {
	case LevelArtists:
		var g Group
		if m.ByGenre() {
			g = m.genreList[i]
		} else {
			g = m.result.Artists[i]
		}
		text = twoCols(orUnknown(g.Name), strconv.Itoa(g.Count), width-2)
	case LevelAlbums:
		g := m.albums[i]
		text = twoCols(orUnknown(g.Name), strconv.Itoa(g.Count), width-2)
	default:
		r := &m.rows[m.tracks[i]]
		left := r.Title
		if (m.flat || m.ByGenre()) && strings.TrimSpace(r.Artist) != "" {
			left += " · " + r.Artist // an untagged file shows its title alone
		}
		if m.copies[m.tracks[i]] {
			left += copyLabel(r)
		}
		text = twoCols(left, features(r), width-2)
	}
	line := marker + text
	switch {
	case selected && m.focused:
		return s.RowSelected.Render(line)
	case selected:
		return s.RowSelectedBlurred.Render(line)
	}
	return s.Row.Render(line)
}

// features is the short right-hand column of a track row: the rating
// ("★4", blank when not rated), tempo, key and energy.
func features(r *Row) string {
	rating := "  "
	if n := r.Rating(); n > 0 {
		rating = fmt.Sprintf("★%d", n)
	}
	if !r.Analysed {
		return rating + "    ·    ·"
	}
	bpm := "  ·"
	if r.BPM > 0 {
		bpm = fmt.Sprintf("%3.0f", r.BPM)
	}
	return fmt.Sprintf("%s %s %4s %s", rating, bpm, r.KeyName(), energyGlyph(r.Energy))
}

// energyGlyph shows energy as one block of eight heights.
func energyGlyph(e float32) string {
	const blocks = "▁▂▃▄▅▆▇█"
	i := int(e * 8)
	i = max(0, min(i, 7))
	return string([]rune(blocks)[i])
}

// twoCols puts left and right on one line of width cells, cutting left.
func twoCols(left, right string, width int) string {
	rw := len([]rune(right))
	if rw+2 > width {
		return common.Fit(left, width)
	}
	return common.Fit(left, width-rw-1) + " " + right
}

func orUnknown(s string) string {
	if s == "" {
		return "(unknown)"
	}
	return s
}

// thousands formats n with comma separators.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// ShortHelp implements common.Component.
func (m *Model) ShortHelp() []key.Binding {
	k := m.c.Keys
	if m.filtering {
		return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep filter")),
			common.As(k.Cancel, "undo filter")}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.Back, k.Enter, k.Filter, k.Sort, k.ToggleView}
}

// FullHelp implements common.Component.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.c.Keys
	if m.filtering {
		return [][]key.Binding{m.ShortHelp()}
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Open, k.Back, k.Enter, k.Filter, k.Sort, k.ToggleView, k.Genres, k.Favourites, common.As(k.Cancel, "clear filter")},
		k.TrackActions(),
	}
}
