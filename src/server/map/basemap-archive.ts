// The basemap archive named by MAP_TILES_FILE: a PMTiles v3 file read by byte ranges (header,
// directories, then just the tile asked for), never loaded whole — a region is hundreds of MB.
// Tiles are handed out as stored (gzip-compressed vector tiles in the usual builds).
import { open, type FileHandle } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { Compression, findTile, PMTiles, TileType, zxyToTileId, type Header, type Source } from 'pmtiles';
import type { AreaSize, BasemapInfo } from '../../domain/map/basemap';
import { tilesOf, tileRanges, type Bbox } from '../../domain/map/tiles';

class FileRangeSource implements Source {
  constructor(
    private readonly handle: FileHandle,
    private readonly path: string,
  ) {}
  getKey(): string {
    return this.path;
  }
  async getBytes(offset: number, length: number) {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await this.handle.read(buffer, 0, length, offset);
    return { data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + bytesRead) as ArrayBuffer };
  }
}

async function decompress(buf: ArrayBuffer, compression: Compression): Promise<ArrayBuffer> {
  if (compression === Compression.None || compression === Compression.Unknown) return buf;
  if (compression === Compression.Gzip) {
    const out = gunzipSync(new Uint8Array(buf));
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
  }
  throw new Error(`Compression ${compression} du fichier PMTiles non prise en charge (gzip ou aucune attendue).`);
}

export interface StoredTile {
  data: Uint8Array<ArrayBuffer>;
  /** 'gzip' when the archive stores its tiles gzip-compressed (sent as Content-Encoding). */
  encoding?: 'gzip';
}

export class BasemapArchive {
  private constructor(
    private readonly handle: FileHandle,
    private readonly source: FileRangeSource,
    private readonly tiles: PMTiles,
    readonly header: Header,
  ) {}

  /** Opens and checks the file: a PMTiles v3 archive of vector tiles. */
  static async open(path: string): Promise<BasemapArchive> {
    const handle = await open(path, 'r');
    try {
      const source = new FileRangeSource(handle, path);
      const tiles = new PMTiles(source, undefined, decompress);
      const header = await tiles.getHeader();
      if (header.tileType !== TileType.Mvt) throw new Error(`${path} : tuiles vectorielles (MVT) attendues.`);
      return new BasemapArchive(handle, source, tiles, header);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  info(): BasemapInfo {
    const h = this.header;
    return {
      available: true,
      minZoom: h.minZoom,
      maxZoom: h.maxZoom,
      bounds: [h.minLon, h.minLat, h.maxLon, h.maxLat],
      center: [h.centerLon, h.centerLat, h.centerZoom],
    };
  }

  /** Where a tile's bytes are in the file, following leaf directories; undefined when absent. */
  private async locate(z: number, x: number, y: number): Promise<{ offset: number; length: number } | undefined> {
    const h = this.header;
    if (z < h.minZoom || z > h.maxZoom || x < 0 || y < 0 || x >= 2 ** z || y >= 2 ** z) return undefined;
    const id = zxyToTileId(z, x, y);
    let [offset, length] = [h.rootDirectoryOffset, h.rootDirectoryLength];
    for (let depth = 0; depth <= 3; depth++) {
      const entries = await this.tiles.cache.getDirectory(this.source, offset, length, h);
      const entry = findTile(entries, id);
      if (!entry) return undefined;
      if (entry.runLength > 0) return { offset: h.tileDataOffset + entry.offset, length: entry.length };
      [offset, length] = [h.leafDirectoryOffset + entry.offset, entry.length];
    }
    throw new Error('Fichier PMTiles invalide : répertoires trop profonds.');
  }

  async tile(z: number, x: number, y: number): Promise<StoredTile | undefined> {
    const at = await this.locate(z, x, y);
    if (!at) return undefined;
    const { data } = await this.source.getBytes(at.offset, at.length);
    return { data: new Uint8Array(data), encoding: this.header.tileCompression === Compression.Gzip ? 'gzip' : undefined };
  }

  /** Tiles of an area from the archive's lowest zoom up to maxZoom, and their bytes as sent. */
  async areaSize(bbox: Bbox, maxZoom: number): Promise<AreaSize> {
    let tiles = 0;
    let bytes = 0;
    const top = Math.min(maxZoom, this.header.maxZoom);
    for (const [z, x, y] of tilesOf(tileRanges(bbox, this.header.minZoom, top))) {
      const at = await this.locate(z, x, y);
      if (!at) continue;
      tiles++;
      bytes += at.length;
    }
    return { tiles, bytes };
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
