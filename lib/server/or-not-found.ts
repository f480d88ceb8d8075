import "server-only";
import { notFound } from "next/navigation";
import { ServiceError } from "@/lib/services/errors";

/**
 * For page loaders: a refused or missing resource renders the 404 page (nothing about it leaks);
 * any other failure goes on to the error boundary.
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof ServiceError) notFound();
    throw error;
  }
}
