/** An exclusive, expiring lease (the Azure Blob lease in production). */
export interface LeaderLease {
  /** True when this holder got the lease (it was free or expired), false when another holds it. */
  acquire(seconds: number): Promise<boolean>;
  /** True when renewed; false when the lease was lost (expired and taken, or broken). */
  renew(): Promise<boolean>;
  release(): Promise<void>;
}
