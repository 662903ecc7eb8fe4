package browser

// list is the cursor and scroll state of a virtual list of n items shown
// height rows at a time. Only rows offset..offset+height are ever drawn.
type list struct {
	n, cursor, offset, height int
}

// setN changes the number of items, keeping the cursor in range.
func (l *list) setN(n int) {
	l.n = n
	l.clamp()
}

// setHeight changes how many rows are visible.
func (l *list) setHeight(h int) {
	l.height = max(1, h)
	l.clamp()
}

// move moves the cursor by d items.
func (l *list) move(d int) {
	l.cursor += d
	l.clamp()
}

// moveTo puts the cursor on item i.
func (l *list) moveTo(i int) {
	l.cursor = i
	l.clamp()
}

// scroll moves the view by d rows, dragging the cursor along when it
// would leave the view, as a mouse wheel does.
func (l *list) scroll(d int) {
	l.offset = max(0, min(l.offset+d, l.n-l.height))
	if l.cursor < l.offset {
		l.cursor = l.offset
	}
	if l.cursor >= l.offset+l.height {
		l.cursor = l.offset + l.height - 1
	}
	l.clamp()
}

// clamp keeps the cursor among the items and inside the view.
func (l *list) clamp() {
	if l.height < 1 {
		l.height = 1
	}
	l.cursor = max(0, min(l.cursor, l.n-1))
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.cursor >= l.offset+l.height {
		l.offset = l.cursor - l.height + 1
	}
	l.offset = max(0, min(l.offset, l.n-l.height))
}

// visible returns the range of items on screen.
func (l *list) visible() (from, to int) {
	return l.offset, min(l.n, l.offset+l.height)
}
