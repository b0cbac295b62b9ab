import Link from "next/link";

export function Brand({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="flex items-center gap-2 font-semibold tracking-tight text-white">
      <span aria-hidden className="grid h-8 w-8 place-items-center rounded-full bg-amber-400 text-lg text-faro-900">
        ✦
      </span>
      <span className="text-lg">Faro MIPG</span>
    </Link>
  );
}
