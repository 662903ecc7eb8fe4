package library

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"
	_ "unsafe" // for go:linkname

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"go.senan.xyz/taglib"
)

// taglibWasm is TagLib compiled to WebAssembly, as embedded in the taglib
// package. That package instantiates a fresh WebAssembly module for every
// call, which costs about a millisecond, twice per file (tags, then
// properties): more than the parsing itself. Reading the same embedded
// binary here lets the scanner keep instances alive and reuse them. The
// version is pinned in go.mod, so a rename upstream fails the build rather
// than misbehaving.
//
//go:linkname taglibWasm go.senan.xyz/taglib.binary
var taglibWasm []byte

// taglibUsesPerInstance bounds how often one instance is reused. TagLib's
// wrapper never frees what it returns (it relies on the instance being
// thrown away), so each call leaks a little WebAssembly memory, and an
// instance is retired after this many files to keep that bounded.
const taglibUsesPerInstance = 2000

// taglibEngine is the compiled module, shared by every instance.
type taglibEngine struct {
	rt       wazero.Runtime
	compiled wazero.CompiledModule
	pool     chan *taglibInstance
}

var sharedTaglib = sync.OnceValues(func() (*taglibEngine, error) {
	ctx := context.Background()
	cfg := wazero.NewRuntimeConfig()
	if cache, err := wazero.NewCompilationCacheWithDir(filepath.Join(os.TempDir(), "sleeve-taglib-wasm")); err == nil {
		cfg = cfg.WithCompilationCache(cache)
	}
	rt := wazero.NewRuntimeWithConfig(ctx, cfg)
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, rt); err != nil {
		return nil, err
	}
	// TagLib is built without exceptions; these are never expected to run.
	_, err := rt.NewHostModuleBuilder("env").
		NewFunctionBuilder().WithFunc(func(int32) int32 { panic("taglib: __cxa_allocate_exception") }).Export("__cxa_allocate_exception").
		NewFunctionBuilder().WithFunc(func(int32, int32, int32) { panic("taglib: __cxa_throw") }).Export("__cxa_throw").
		Instantiate(ctx)
	if err != nil {
		return nil, err
	}
	compiled, err := rt.CompileModule(ctx, taglibWasm)
	if err != nil {
		return nil, fmt.Errorf("compile taglib: %w", err)
	}
	return &taglibEngine{rt: rt, compiled: compiled, pool: make(chan *taglibInstance, 64)}, nil
})

// taglibInstance is one live module with the whole file system mounted
// read-only.
type taglibInstance struct {
	mod  api.Module
	uses int
}

func (e *taglibEngine) get() (*taglibInstance, error) {
	select {
	case in := <-e.pool:
		return in, nil
	default:
	}
	cfg := wazero.NewModuleConfig().
		WithName("").
		WithStartFunctions("_initialize").
		WithFSConfig(wazero.NewFSConfig().WithFSMount(readAheadFS{}, "/"))
	mod, err := e.rt.InstantiateModule(context.Background(), e.compiled, cfg)
	if err != nil {
		return nil, fmt.Errorf("start taglib: %w", err)
	}
	return &taglibInstance{mod: mod}, nil
}

// put returns an instance to the pool, or retires it.
func (e *taglibEngine) put(in *taglibInstance) {
	in.uses++
	if in.uses >= taglibUsesPerInstance {
		in.mod.Close(context.Background())
		return
	}
	select {
	case e.pool <- in:
	default:
		in.mod.Close(context.Background())
	}
}

// rawTaglibInfo is what one pass over a file returns.
type rawTaglibInfo struct {
	props taglib.Properties
	tags  map[string][]string
}

// withTaglibInstance runs read on a pooled TagLib instance. read sets
// *healthy once the instance may serve another file; an instance left
// unhealthy, or one that trapped inside TagLib (a panic, returned as an
// error), is retired instead of going back to the pool.
func withTaglibInstance(read func(in *taglibInstance, healthy *bool) error) (err error) {
	eng, err := sharedTaglib()
	if err != nil {
		return err
	}
	in, err := eng.get()
	if err != nil {
		return err
	}
	healthy := false
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("taglib failed on this file: %v", r)
		}
		if healthy {
			eng.put(in)
		} else {
			in.mod.Close(context.Background())
		}
	}()
	return read(in, &healthy)
}

// readTaglib reads properties and tags of an absolute, UTF-8 path with a
// pooled instance. A trap inside TagLib retires the instance and is
// returned as an error.
func readTaglib(path string) (info rawTaglibInfo, err error) {
	err = withTaglibInstance(func(in *taglibInstance, healthy *bool) error {
		mem := in.mod.Memory()

		pathPtr, err := in.cString(filepath.ToSlash(path))
		if err != nil {
			return err
		}
		res, err := in.mod.ExportedFunction("taglib_file_read_properties").Call(context.Background(), uint64(pathPtr))
		if err != nil {
			return err
		}
		p := uint32(res[0])
		if p == 0 {
			*healthy = true
			return taglib.ErrInvalidFile
		}
		word := func(off uint32) uint32 {
			v, ok := mem.ReadUint32Le(p + off)
			if !ok {
				panic("taglib: properties out of bounds")
			}
			return v
		}
		if fp := word(0); fp != 0 {
			info.props.Format = readCString(mem, fp)
		}
		if cp := word(4); cp != 0 {
			info.props.InnerCodec = readCString(mem, cp)
		}
		info.props.Length = time.Duration(word(8)) * time.Millisecond
		info.props.Channels = uint(word(12))
		info.props.SampleRate = uint(word(16))
		info.props.BitRate = uint(word(20))
		info.props.BitDepth = uint(word(24))

		res, err = in.mod.ExportedFunction("taglib_file_tags").Call(context.Background(), uint64(pathPtr))
		if err != nil {
			return err
		}
		if res[0] == 0 {
			*healthy = true
			return taglib.ErrInvalidFile
		}
		info.tags = map[string][]string{}
		for ptr := uint32(res[0]); ; ptr += 4 {
			sp, ok := mem.ReadUint32Le(ptr)
			if !ok {
				panic("taglib: tag list out of bounds")
			}
			if sp == 0 {
				break
			}
			k, v, ok := bytes.Cut([]byte(readCString(mem, sp)), []byte("\t"))
			if ok {
				info.tags[string(k)] = append(info.tags[string(k)], string(v))
			}
		}
		*healthy = true
		return nil
	})
	return info, err
}

// cString copies s into the instance's memory with a trailing NUL.
func (in *taglibInstance) cString(s string) (uint32, error) {
	res, err := in.mod.ExportedFunction("malloc").Call(context.Background(), uint64(len(s)+1))
	if err != nil {
		return 0, err
	}
	ptr := uint32(res[0])
	if ptr == 0 {
		return 0, errors.New("taglib: out of memory")
	}
	if !in.mod.Memory().Write(ptr, append([]byte(s), 0)) {
		return 0, errors.New("taglib: write out of bounds")
	}
	return ptr, nil
}

// readCString reads a NUL-terminated string from WebAssembly memory.
func readCString(mem api.Memory, ptr uint32) string {
	var out []byte
	for chunk := uint32(64); ; chunk *= 2 {
		buf, ok := mem.Read(ptr+uint32(len(out)), chunk)
		if !ok {
			// Near the end of memory: read what is left, byte by byte.
			for {
				b, ok := mem.ReadByte(ptr + uint32(len(out)))
				if !ok || b == 0 {
					return string(out)
				}
				out = append(out, b)
			}
		}
		if i := bytes.IndexByte(buf, 0); i >= 0 {
			return string(append(out, buf[:i]...))
		}
		out = append(out, buf...)
	}
}

// readTaglibImage returns the first picture embedded in the file at an
// absolute, UTF-8 path, or nil when it has none, with a pooled instance.
func readTaglibImage(path string) (data []byte, err error) {
	err = withTaglibInstance(func(in *taglibInstance, healthy *bool) error {
		pathPtr, err := in.cString(filepath.ToSlash(path))
		if err != nil {
			return err
		}
		res, err := in.mod.ExportedFunction("taglib_file_read_image").Call(context.Background(), uint64(pathPtr), 0)
		if err != nil {
			return err
		}
		*healthy = true
		if res[0] == 0 {
			return nil // no picture, or not a file TagLib reads
		}
		// The result is a length and a pointer to the bytes.
		mem := in.mod.Memory()
		size, ok1 := mem.ReadUint32Le(uint32(res[0]))
		loc, ok2 := mem.ReadUint32Le(uint32(res[0]) + 4)
		if !ok1 || !ok2 {
			*healthy = false
			return errors.New("taglib: picture out of bounds")
		}
		if size == 0 {
			return nil
		}
		view, ok := mem.Read(loc, size)
		if !ok {
			*healthy = false
			return errors.New("taglib: picture out of bounds")
		}
		data = append([]byte(nil), view...)
		return nil
	})
	return data, err
}
