/**
 * A copy of the saved state on this device (localStorage), written on every change.
 * It survives LMS outages and keeps texts that do not fit in SCORM 1.2 suspend_data.
 * Storage may be unavailable (privacy settings, sandboxed frames): then it is a no-op.
 */
export class LocalBackup {
  constructor(
    private readonly key: string,
    private readonly storage: Storage | null = safeLocalStorage(),
  ) {}

  static keyFor(courseId: string, learnerId: string): string {
    return `samenspel:${courseId}:${learnerId || 'anoniem'}`;
  }

  load(): string | null {
    try {
      return this.storage?.getItem(this.key) ?? null;
    } catch {
      return null;
    }
  }

  save(data: string): boolean {
    try {
      this.storage?.setItem(this.key, data);
      return !!this.storage;
    } catch {
      return false;
    }
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
